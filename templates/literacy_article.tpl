{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/literasi">Literasi</a></li><li>{{title}}</li></ul></nav>
<article class="literacy-article">
<header>
<p><strong class="tlp tlp-clear" title="{{tlp_audience}}">{{tlp}}</strong> <small>{{tlp_audience}}</small></p>
<h1>{{title}}</h1>
{{#summary}}<p><em>{{summary}}</em></p>{{/summary}}
<p><small>Diterbitkan {{published}} · diperbarui {{updated}}</small></p>
</header>
{{body_html:none}}
<footer><p><small>{{tlp}} — {{tlp_audience}}</small></p></footer>
</article>
